using GraphQL.Types;
using ScoGraphQL.Api.GraphQL.Errors;
using ScoGraphQL.Storage.Records;

namespace ScoGraphQL.Api.Releases;

public sealed class ReleasePayloadType : ObjectGraphType<MutationPayload<ReleaseRecord>>
{
    public ReleasePayloadType()
    {
        Name = "ReleasePayload";
        Field<ReleaseType>("release").Resolve(ctx => ctx.Source.Value);
        PayloadFields.AddErrors(this);
    }
}
