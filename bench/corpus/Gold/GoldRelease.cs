using System.Text.Json.Serialization;

namespace ScoGraphQL.Bench.Corpus.Gold;

// The annotation schema of ../shared/gold/seeds.json, field for field and in the same order.

public sealed record GoldRelease(
    [property: JsonPropertyName("doc")] string Doc,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("alternateTitles")] IReadOnlyList<GoldAlternateTitle> AlternateTitles,
    [property: JsonPropertyName("publishedAt")] string? PublishedAt,
    [property: JsonPropertyName("primaryEventDate")] string? PrimaryEventDate,
    [property: JsonPropertyName("persons")] IReadOnlyList<GoldPerson> Persons,
    [property: JsonPropertyName("organizations")] IReadOnlyList<GoldOrganization> Organizations,
    [property: JsonPropertyName("countries")] IReadOnlyList<GoldCountry> Countries,
    [property: JsonPropertyName("places")] IReadOnlyList<GoldPlace> Places,
    [property: JsonPropertyName("events")] IReadOnlyList<GoldEvent> Events,
    [property: JsonPropertyName("documents")] IReadOnlyList<GoldDocument> Documents,
    [property: JsonPropertyName("topics")] IReadOnlyList<string> Topics,
    [property: JsonPropertyName("dataQuality")] IReadOnlyList<string> DataQuality);

public sealed record GoldAlternateTitle(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("language")] string Language);

public sealed record GoldPerson(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("aliases")] IReadOnlyList<string> Aliases,
    [property: JsonPropertyName("roles")] IReadOnlyList<string> Roles);

public sealed record GoldOrganization(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("acronyms")] IReadOnlyList<string> Acronyms,
    [property: JsonPropertyName("aliases")] IReadOnlyList<string> Aliases);

public sealed record GoldCountry(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("surfaceForms")] IReadOnlyList<string> SurfaceForms);

public sealed record GoldPlace(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("country")] string? Country);

public sealed record GoldEvent(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("startDate")] string? StartDate,
    [property: JsonPropertyName("endDate")] string? EndDate,
    [property: JsonPropertyName("place")] string? Place,
    [property: JsonPropertyName("format")] string? Format,
    [property: JsonPropertyName("isPrimary")] bool IsPrimary);

public sealed record GoldDocument(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("number")] string? Number,
    [property: JsonPropertyName("date")] string? Date);
