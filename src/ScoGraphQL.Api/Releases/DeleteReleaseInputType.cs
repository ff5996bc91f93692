using GraphQL.Types;
using ScoGraphQL.Api.GraphQL;

namespace ScoGraphQL.Api.Releases;

public sealed class DeleteReleaseInputType : InputObjectGraphType<DeleteReleaseInput>
{
    public DeleteReleaseInputType()
    {
        Name = "DeleteReleaseInput";
        Field<NonNullGraphType<IdGraphType>>("id");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new DeleteReleaseInput(InputFields.String(value, "id") ?? "");
}
