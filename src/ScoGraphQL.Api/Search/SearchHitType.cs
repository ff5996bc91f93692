using GraphQL.Types;
using ScoGraphQL.Api.GraphQL;
using ScoGraphQL.Api.Releases;
using ScoGraphQL.Storage.Search;

namespace ScoGraphQL.Api.Search;

public sealed class SearchHitType : ObjectGraphType<SearchHit>
{
    public SearchHitType()
    {
        Name = "SearchHit";
        Description = "A release matching a search, with its relevance and where it matched.";
        // The handle, not its result: every hit's release is fetched in one batch.
        Field<NonNullGraphType<ReleaseType>>("release").Resolve(ctx => ctx.Service<ReleaseLoaders>().ById.Load(ctx.Source.ReleaseId));
        Field<NonNullGraphType<FloatGraphType>>("score").Description("Relevance (BM25); higher is better, comparable within one search only.").Resolve(ctx => ctx.Source.Score);
        Field<NonNullGraphType<StringGraphType>>("snippet")
            .Description("A short passage of the release around the best match, matched terms wrapped in <mark></mark>.")
            .Resolve(ctx => ctx.Source.Snippet);
    }
}
