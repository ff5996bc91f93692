namespace ScoGraphQL.Bench.Tests;

/// <summary>The configuration these tests were built in, which is the API build the smoke tests start.</summary>
internal static class TestBuild
{
#if DEBUG
    public const string Configuration = "Debug";
#else
    public const string Configuration = "Release";
#endif
}
