using GraphQL;
using GraphQL.Types;
using ScoGraphQL.Api.GraphQL;
using ScoGraphQL.Storage.Querying;
using ScoGraphQL.Storage.Search;

namespace ScoGraphQL.Api.Search;

public sealed class SearchQueries : IQueryFields
{
    public void AddTo(QueryType query) =>
        query.Field<NonNullGraphType<ConnectionType<SearchHitType>>>("search")
            .Description("Full-text search over release titles and bodies, best match first.")
            .Argument<NonNullGraphType<StringGraphType>>("query",
                "Words (all must occur; English stemming, so \"meetings\" finds \"meeting\"), \"quoted phrases\", OR, NOT, -word, prefix*, title:word.")
            .PagingArguments(backward: false)
            .ResolveAsync(async ctx =>
            {
                var text = ctx.GetArgument<string>("query");
                if (string.IsNullOrWhiteSpace(text))
                    throw new InvalidArgumentError("query", "Argument 'query' is empty; give at least one word to search for.");
                if (text.Length > LuceneSearchIndex.MaxQueryLength)
                    throw new InvalidArgumentError("query", $"Argument 'query' is longer than {LuceneSearchIndex.MaxQueryLength} characters.");

                // Only first/after: the window starts right after the cursor and is `first` long.
                var (offset, limit) = ctx.PageRequest().Window(int.MaxValue);
                try
                {
                    var found = await ctx.Service<ISearchIndex>().SearchAsync(text, offset, limit, ctx.CancellationToken);
                    return Connections.From(new Page<SearchHit>(found.Hits, Math.Min(offset, found.TotalCount), found.TotalCount));
                }
                catch (SearchSyntaxException e)
                {
                    throw new SearchSyntaxError(e.Message);
                }
            });
}
