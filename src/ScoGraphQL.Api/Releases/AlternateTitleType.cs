using GraphQL.Types;
using ScoGraphQL.Storage.Records;

namespace ScoGraphQL.Api.Releases;

public sealed class AlternateTitleType : ObjectGraphType<AlternateTitleRecord>
{
    public AlternateTitleType()
    {
        Name = "AlternateTitle";
        Field(x => x.Text);
        Field(x => x.Language).Description("BCP 47 language tag, e.g. ru, en.");
    }
}
