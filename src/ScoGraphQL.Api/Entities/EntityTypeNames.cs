using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Api.Entities;

/// <summary>The GraphQL object type of each entity kind; also the type name inside its global ID.</summary>
public static class EntityTypeNames
{
    public static string Of(EntityKind kind) => kind switch
    {
        EntityKind.Person => "Person",
        EntityKind.Organization => "Organization",
        EntityKind.Country => "Country",
        EntityKind.Place => "Place",
        EntityKind.Event => "Event",
        EntityKind.Document => "Document",
        EntityKind.Topic => "Topic",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static IReadOnlyDictionary<string, EntityKind> Kinds { get; } =
        Enum.GetValues<EntityKind>().ToDictionary(Of, k => k, StringComparer.Ordinal);
}
