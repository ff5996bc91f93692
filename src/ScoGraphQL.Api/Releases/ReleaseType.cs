using GraphQL;
using GraphQL.Types;
using ScoGraphQL.Api.Countries;
using ScoGraphQL.Api.Documents;
using ScoGraphQL.Api.Entities;
using ScoGraphQL.Api.Events;
using ScoGraphQL.Api.GraphQL;
using ScoGraphQL.Api.Mentions;
using ScoGraphQL.Api.Organizations;
using ScoGraphQL.Api.People;
using ScoGraphQL.Api.Places;
using ScoGraphQL.Api.Topics;
using ScoGraphQL.Extraction.Model;
using ScoGraphQL.Storage.Records;

namespace ScoGraphQL.Api.Releases;

public sealed class ReleaseType : ObjectGraphType<ReleaseRecord>
{
    public const string TypeName = "Release";

    public ReleaseType()
    {
        Name = TypeName;
        Description = "One press release, cleaned, with everything extracted from it.";
        Interface<NodeType>();
        // Expressions over the record: leaves the query strategy resolves in place (QueryExecutionStrategy, InPlaceLeaf).
        Field("id", x => GlobalId.Encode(TypeName, x.Id), typeof(NonNullGraphType<IdGraphType>));
        Field("slug", x => x.Id, typeof(NonNullGraphType<StringGraphType>)).Description("Stable, URL-safe key: the seed file's base name for seeded releases.");
        Field(x => x.SourceFile, nullable: true);
        Field(x => x.Title);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AlternateTitleType>>>>("alternateTitles")
            .Description("Other headlines of the same release (e.g. the Russian one).")
            .Resolve(ctx => ctx.Source.AlternateTitles);
        Field<DateTimeGraphType>("publishedAt").Description("Publication time when the text states one (a byline), else null.").Resolve(ctx => ctx.Source.PublishedAt);
        Field<DateGraphType>("eventDate").Description("Date of the main event the release reports.").Resolve(ctx => EventType.AsDate(ctx.Source.EventDate));
        Field(x => x.Body).Description("Clean body text: boilerplate, bylines and footers removed; paragraphs joined by blank lines.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("paragraphs").Resolve(ctx => ctx.Source.Paragraphs);
        Field(x => x.WordCount);

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityType>>>>("entities")
            .Description("Everything the release mentions, or only the given kinds.")
            .Argument<ListGraphType<NonNullGraphType<EntityKindType>>>("kinds")
            .Resolve(ctx =>
            {
                var kinds = ctx.GetArgument<List<EntityKind>?>("kinds");
                return LoadEntities(ctx, kinds is { Count: > 0 } ? kinds : null);
            });
        Field<NonNullGraphType<ConnectionType<MentionType>>>("mentions")
            .PagingArguments(backward: false)
            .Argument<ListGraphType<NonNullGraphType<EntityKindType>>>("kinds")
            .Resolve(ctx =>
            {
                var page = ctx.PageRequest();
                var kinds = ctx.GetArgument<List<EntityKind>?>("kinds");
                return ctx.Service<ReleaseLoaders>().MentionsByRelease.Load(ctx.Source.Id)
                    .Then(mentions => (IConnection)Connections.From(
                        (mentions ?? []).Where(m => kinds is not { Count: > 0 } || kinds.Contains(EntityKeys.KindOf(m.EntityId))).ToList(), page));
            });
        EntityList<PersonType>("people", EntityKind.Person);
        EntityList<OrganizationType>("organizations", EntityKind.Organization);
        EntityList<CountryType>("countries", EntityKind.Country);
        EntityList<PlaceType>("places", EntityKind.Place);
        EntityList<EventType>("events", EntityKind.Event);
        EntityList<DocumentType>("documents", EntityKind.Document);
        EntityList<TopicType>("topics", EntityKind.Topic);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DataQualityWarningType>>>>("warnings").Resolve(ctx => ctx.Source.Warnings);
    }

    private void EntityList<TNodeType>(string name, EntityKind kind) where TNodeType : IGraphType =>
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>(name).Resolve(ctx => LoadEntities(ctx, [kind]));

    /// <summary>
    /// The entity keys carry their kind, so the kind filter needs no lookup before the batch load. A plain loop into a
    /// list of known size: this runs once per release and kind on every page.
    /// </summary>
    private static object LoadEntities(IResolveFieldContext<ReleaseRecord> context, IReadOnlyCollection<EntityKind>? kinds)
    {
        var ids = context.Source.EntityIds;
        if (kinds is null) return context.Service<EntityLoaders>().ById.LoadMany(ids);
        var wanted = new List<string>();
        foreach (var id in ids)
        {
            if (kinds.Contains(EntityKeys.KindOf(id))) wanted.Add(id);
        }
        return context.Service<EntityLoaders>().ById.LoadMany(wanted);
    }
}
