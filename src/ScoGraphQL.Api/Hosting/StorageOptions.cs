using System.ComponentModel.DataAnnotations;

namespace ScoGraphQL.Api.Hosting;

/// <summary><c>Storage:*</c> settings.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The LiteDB file; relative paths are relative to the working directory.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "data/sco.db";
}
