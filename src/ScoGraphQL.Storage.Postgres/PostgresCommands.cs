using System.Text.Json;
using System.Text.Json.Serialization;
using Npgsql;

namespace ScoGraphQL.Storage.Postgres;

/// <summary>Small helpers for running parameterised SQL on one connection and reading JSONB documents.</summary>
internal static class PostgresCommands
{
    /// <summary>Records as JSONB: enums by name, so the documents read well in psql and survive reordered enums.</summary>
    public static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public static string ToJson<T>(T record) => JsonSerializer.Serialize(record, Json);

    public static T FromJson<T>(string json) => JsonSerializer.Deserialize<T>(json, Json) ?? throw new InvalidDataException("A stored document is null.");

    public static NpgsqlCommand Command(NpgsqlConnection connection, string sql, IEnumerable<NpgsqlParameter>? parameters = null)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters ?? []) command.Parameters.Add(parameter);
        return command;
    }

    public static NpgsqlParameter P(string name, object? value) => new(name, value ?? DBNull.Value);

    public static async Task<List<T>> QueryAsync<T>(NpgsqlConnection connection, string sql, Func<NpgsqlDataReader, T> map, CancellationToken cancellationToken, params NpgsqlParameter[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken)) rows.Add(map(reader));
        return rows;
    }

    public static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params NpgsqlParameter[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static string? NullableString(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
