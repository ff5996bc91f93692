using GraphQL.Types;
using ScoGraphQL.Api.GraphQL;

namespace ScoGraphQL.Api.Releases;

public sealed class UpdateReleaseInputType : InputObjectGraphType<UpdateReleaseInput>
{
    public UpdateReleaseInputType()
    {
        Name = "UpdateReleaseInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<StringGraphType>("title").Description("Changing it re-runs extraction.");
        Field<StringGraphType>("body").Description("Changing it re-runs extraction.");
        Field<ListGraphType<NonNullGraphType<AlternateTitleInputType>>>("alternateTitles").Description("Replaces the list.");
        Field<DateTimeGraphType>("publishedAt").Description("null clears it.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new UpdateReleaseInput(
        InputFields.String(value, "id") ?? "",
        InputFields.String(value, "title"),
        InputFields.String(value, "body"),
        InputFields.List(value, "alternateTitles", AlternateTitleInputType.From),
        InputFields.DateTime(value, "publishedAt"),
        InputFields.Has(value, "publishedAt"));
}
