namespace ScoGraphQL.Api.Tests.Infrastructure;

/// <summary>One server over the five seeds, shared by a test class (reads only).</summary>
public sealed class SeededApi : ApiFactory;
