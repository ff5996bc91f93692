using GraphQL.Types;
using ScoGraphQL.Api.GraphQL;

namespace ScoGraphQL.Api.Releases;

public sealed class CreateReleaseInputType : InputObjectGraphType<CreateReleaseInput>
{
    public CreateReleaseInputType()
    {
        Name = "CreateReleaseInput";
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<NonNullGraphType<StringGraphType>>("body").Description("Paragraphs separated by blank lines.");
        Field<ListGraphType<NonNullGraphType<AlternateTitleInputType>>>("alternateTitles");
        Field<DateTimeGraphType>("publishedAt");
        Field<StringGraphType>("slug").Description("Lower-case letters, digits, '-' and '_'; derived from the title when omitted. A taken slug is a ValidationError with code CONFLICT.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new CreateReleaseInput(
        InputFields.String(value, "title") ?? "",
        InputFields.String(value, "body") ?? "",
        InputFields.List(value, "alternateTitles", AlternateTitleInputType.From),
        InputFields.DateTime(value, "publishedAt"),
        InputFields.String(value, "slug"));
}
