namespace ScoGraphQL.Api.Hosting;

/// <summary><c>Seed:*</c> settings.</summary>
public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>Folder of plain-text releases (*.txt).</summary>
    public string Path { get; set; } = "seeds";

    /// <summary>Load <see cref="Path"/> when the server starts (idempotent: unchanged files are skipped).</summary>
    public bool OnStartup { get; set; } = true;
}
