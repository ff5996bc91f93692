namespace ScoGraphQL.Storage.Writing;

/// <summary>
/// A write the corpus refuses for a reason the client can act on (unknown id, duplicate, taken slug). The
/// store throws it inside its transaction, so nothing is written; the API maps each kind to a payload error.
/// </summary>
public abstract class CorpusWriteException(string message) : Exception(message);
