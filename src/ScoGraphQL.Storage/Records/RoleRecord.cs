namespace ScoGraphQL.Storage.Records;

/// <summary>A title a person holds, as one release states it.</summary>
public sealed class RoleRecord
{
    public int Id { get; set; }
    public string PersonId { get; set; } = "";
    public string ReleaseId { get; set; } = "";
    public string Title { get; set; } = "";
    public string? OrganizationId { get; set; }
    public string? CountryId { get; set; }

    /// <summary>Every member is a value or a string, so a shallow copy shares nothing a caller could change.</summary>
    public RoleRecord Copy() => (RoleRecord)MemberwiseClone();
}
