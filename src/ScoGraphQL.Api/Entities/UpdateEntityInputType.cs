using GraphQL.Types;
using ScoGraphQL.Api.GraphQL;

namespace ScoGraphQL.Api.Entities;

public sealed class UpdateEntityInputType : InputObjectGraphType<UpdateEntityInput>
{
    public UpdateEntityInputType()
    {
        Name = "UpdateEntityInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<StringGraphType>("name").Description("The canonical name; the extracted one becomes an alias. Survives re-extraction.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("aliases").Description("Replaces every other name. Survives re-extraction.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new UpdateEntityInput(InputFields.String(value, "id") ?? "", InputFields.String(value, "name"), InputFields.Strings(value, "aliases"));
}
