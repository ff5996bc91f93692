namespace ScoGraphQL.Api.Tests.Ide;

/// <summary>
/// A fact that runs a tests/e2e Node script. xunit 2 decides skips when the
/// attribute is built, so the environment check lives here.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class E2EFactAttribute : FactAttribute
{
    public E2EFactAttribute(bool needsBrowser)
    {
        if (!E2EEnvironment.IsCi && E2EEnvironment.MissingTools(needsBrowser) is { } reason)
        {
            Skip = reason;
        }
    }
}
