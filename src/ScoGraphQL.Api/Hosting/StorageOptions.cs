using System.ComponentModel.DataAnnotations;

namespace ScoGraphQL.Api.Hosting;

/// <summary><c>Storage:*</c> settings.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";
    public const string ProviderKey = Section + ":" + nameof(Provider);
    public const string PostgresConnectionName = "Postgres";
    public const string PostgresConnectionKey = "ConnectionStrings:" + PostgresConnectionName;

    /// <summary><c>LiteDb</c> (default: one embedded file, one process) or <c>Postgres</c> (one database shared by replicas).</summary>
    public string Provider { get; set; } = nameof(StorageProvider.LiteDb);

    /// <summary>The LiteDB file; relative paths are relative to the working directory.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "data/sco.db";

    /// <summary>The configured provider; a value that names none is a start-up error naming the setting.</summary>
    public static StorageProvider ParseProvider(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return StorageProvider.LiteDb;
        if (Enum.TryParse<StorageProvider>(value.Trim(), ignoreCase: true, out var provider) && Enum.IsDefined(provider)) return provider;
        throw new InvalidOperationException(
            $"{ProviderKey} is '{value}', which is not a storage provider. Use {string.Join(" or ", Enum.GetNames<StorageProvider>())}.");
    }
}

public enum StorageProvider
{
    LiteDb,
    Postgres,
}
