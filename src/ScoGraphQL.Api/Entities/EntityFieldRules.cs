using FluentValidation;

namespace ScoGraphQL.Api.Entities;

public static class EntityFieldRules
{
    public const int MaxNameLength = 300;
    public const int MaxAliases = 100;
    public const int MaxMergeSources = 50;

    public static IRuleBuilderOptions<T, string> EntityId<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(id => EntityIds.TryDecode(id, out _, out _)).WithMessage(id => "The ID must be the ID of an entity (person, organization, country, place, event, document or topic).");

    public static IRuleBuilderOptions<T, string> EntityName<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("A name must not be empty.")
            .MaximumLength(MaxNameLength).WithMessage($"A name must be at most {MaxNameLength} characters long.")
            .Must(n => n is null || !n.Any(char.IsControl)).WithMessage("A name must be one line without control characters.");
}
