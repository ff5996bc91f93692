using ScoGraphQL.Storage;

namespace ScoGraphQL.Api.Diagnostics;

/// <summary>Records every call in the current request's <see cref="StorageCalls"/>, then delegates.</summary>
public sealed class CountingCorpusStore(ICorpusStore inner) : DelegatingCorpusStore(inner)
{
    protected override void OnCall() => StorageCalls.Record();
}
