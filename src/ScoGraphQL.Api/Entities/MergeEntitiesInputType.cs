using GraphQL.Types;
using ScoGraphQL.Api.GraphQL;

namespace ScoGraphQL.Api.Entities;

public sealed class MergeEntitiesInputType : InputObjectGraphType<MergeEntitiesInput>
{
    public MergeEntitiesInputType()
    {
        Name = "MergeEntitiesInput";
        Field<NonNullGraphType<IdGraphType>>("targetId").Description("The entity that stays.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("sourceIds").Description($"Entities of the same kind folded into the target (1 to {EntityFieldRules.MaxMergeSources}).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new MergeEntitiesInput(InputFields.String(value, "targetId") ?? "", InputFields.Strings(value, "sourceIds") ?? []);
}
