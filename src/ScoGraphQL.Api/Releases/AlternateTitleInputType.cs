using GraphQL.Types;
using ScoGraphQL.Api.GraphQL;

namespace ScoGraphQL.Api.Releases;

public sealed class AlternateTitleInputType : InputObjectGraphType<AlternateTitleInput>
{
    public AlternateTitleInputType()
    {
        Name = "AlternateTitleInput";
        Field<NonNullGraphType<StringGraphType>>("text");
        Field<NonNullGraphType<StringGraphType>>("language").Description("BCP 47 language tag, e.g. ru, en.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => From(value);

    /// <summary>Also for lists the parent input receives as dictionaries.</summary>
    public static AlternateTitleInput From(object? value) => value switch
    {
        AlternateTitleInput parsed => parsed,
        IDictionary<string, object?> fields => new AlternateTitleInput(InputFields.String(fields, "text") ?? "", InputFields.String(fields, "language") ?? ""),
        _ => new AlternateTitleInput("", ""),
    };
}
