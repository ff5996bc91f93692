namespace ScoGraphQL.Storage.Seeding;

/// <summary>Where seeding is: <paramref name="Done"/> of <paramref name="Total"/> files read.</summary>
public sealed record SeedProgress(int Done, int Total, string CurrentFile);
