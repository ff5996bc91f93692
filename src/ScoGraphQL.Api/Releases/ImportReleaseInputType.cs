using GraphQL.Types;
using ScoGraphQL.Api.GraphQL;

namespace ScoGraphQL.Api.Releases;

public sealed class ImportReleaseInputType : InputObjectGraphType<ImportReleaseInput>
{
    public ImportReleaseInputType()
    {
        Name = "ImportReleaseInput";
        Field<NonNullGraphType<StringGraphType>>("text").Description("The release as plain text, as in a seed file: the first line is the headline.");
        Field<StringGraphType>("sourceFile").Description("The file it came from; its base name becomes the slug, as in seeding.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new ImportReleaseInput(InputFields.String(value, "text") ?? "", InputFields.String(value, "sourceFile"));
}
