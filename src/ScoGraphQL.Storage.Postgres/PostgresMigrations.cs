using System.Globalization;
using System.Reflection;
using Npgsql;

namespace ScoGraphQL.Storage.Postgres;

/// <summary>
/// Brings the database schema up to date at start-up from the numbered scripts embedded as <c>Migrations/NNN_name.sql</c>.
/// All pending scripts run in one transaction under a transaction-scoped advisory lock: two replicas starting together
/// queue on the lock, and the second finds the work done. A failing script leaves the schema as it was.
/// </summary>
public static class PostgresMigrations
{
    /// <summary>Advisory lock key for migrations ("sco-migr" in ASCII), distinct from the writers' key.</summary>
    private const long LockKey = 0x73636f2d6d696772;

    public sealed record Migration(int Version, string Name, string Sql);

    /// <summary>Every embedded migration, in version order.</summary>
    public static IReadOnlyList<Migration> All { get; } = Load();

    /// <summary>Applies the pending migrations; returns the versions applied (empty when the schema was current).</summary>
    public static IReadOnlyList<int> Apply(NpgsqlDataSource dataSource)
    {
        using var connection = dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();
        Execute(connection, "SELECT pg_advisory_xact_lock(@key)", ("key", LockKey));
        Execute(connection, """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version    integer PRIMARY KEY,
                name       text NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now())
            """);
        var applied = new HashSet<int>();
        using (var read = new NpgsqlCommand("SELECT version FROM schema_migrations", connection))
        using (var reader = read.ExecuteReader())
        {
            while (reader.Read()) applied.Add(reader.GetInt32(0));
        }
        var newlyApplied = new List<int>();
        foreach (var migration in All.Where(m => !applied.Contains(m.Version)))
        {
            Execute(connection, migration.Sql);
            Execute(connection, "INSERT INTO schema_migrations (version, name) VALUES (@version, @name)", ("version", migration.Version), ("name", migration.Name));
            newlyApplied.Add(migration.Version);
        }
        transaction.Commit();
        return newlyApplied;
    }

    private static void Execute(NpgsqlConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        command.ExecuteNonQuery();
    }

    private static List<Migration> Load()
    {
        var assembly = typeof(PostgresMigrations).Assembly;
        var migrations = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Migrations/", StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => ToMigration(assembly, n))
            .OrderBy(m => m.Version)
            .ToList();
        var duplicate = migrations.GroupBy(m => m.Version).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new InvalidOperationException($"Two migrations share version {duplicate.Key}: {string.Join(", ", duplicate.Select(m => m.Name))}.");
        return migrations;
    }

    private static Migration ToMigration(Assembly assembly, string resource)
    {
        var name = resource["Migrations/".Length..^".sql".Length];
        var underscore = name.IndexOf('_');
        if (underscore <= 0 || !int.TryParse(name[..underscore], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            throw new InvalidOperationException($"Migration '{resource}' must be named NNN_description.sql.");
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var text = new StreamReader(stream);
        return new Migration(version, name, text.ReadToEnd());
    }
}
