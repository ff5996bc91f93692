using GraphQL.Types;
using ScoGraphQL.Storage.Records;

namespace ScoGraphQL.Api.Releases;

public sealed class DataQualityWarningType : ObjectGraphType<WarningRecord>
{
    public DataQualityWarningType()
    {
        Name = "DataQualityWarning";
        Field(x => x.Code).Description("Machine-readable, e.g. DATE_INCONSISTENT, BOILERPLATE_REMOVED, MISSPELLING, ODD_CHARACTER.");
        Field(x => x.Message);
        Field(x => x.Paragraph, nullable: true).Description("Index into the release's paragraphs, when the warning is about one.");
        Field(x => x.Text, nullable: true).Description("The text concerned, as written.");
    }
}
