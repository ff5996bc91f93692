namespace ScoGraphQL.Storage.Search;

/// <summary>
/// How the index differed from the corpus: releases it lacked, held in an older version, or held although the
/// corpus no longer has them. <see cref="Recreated"/>: the index folder was missing, unreadable or of an older format.
/// </summary>
public sealed record SyncReport(int Missing, int Changed, int Removed, int Unchanged, bool Recreated)
{
    public bool WasInSync => Missing == 0 && Changed == 0 && Removed == 0;
}
