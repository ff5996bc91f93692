using GraphQL.Types;
using ScoGraphQL.Api.Entities;
using ScoGraphQL.Api.GraphQL;
using ScoGraphQL.Api.Releases;
using ScoGraphQL.Storage.Records;

namespace ScoGraphQL.Api.Mentions;

public sealed class MentionType : ObjectGraphType<MentionRecord>
{
    public MentionType()
    {
        Name = "Mention";
        Description = "Where an entity occurs: character offsets into release.paragraphs[paragraph].";
        Field<NonNullGraphType<EntityType>>("entity").Resolve(ctx => ctx.Service<EntityLoaders>().ById.Load(ctx.Source.EntityId));
        Field<NonNullGraphType<ReleaseType>>("release").Resolve(ctx => ctx.Service<ReleaseLoaders>().ById.Load(ctx.Source.ReleaseId));
        Field(x => x.Text);
        Field(x => x.Paragraph);
        Field(x => x.Start);
        Field(x => x.End);
    }
}
