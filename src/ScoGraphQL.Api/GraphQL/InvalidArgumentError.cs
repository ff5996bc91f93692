using GraphQL;

namespace ScoGraphQL.Api.GraphQL;

/// <summary>A field argument the client got wrong; <c>extensions.code</c> is BAD_USER_INPUT and <c>extensions.argument</c> names it.</summary>
public sealed class InvalidArgumentError : ExecutionError
{
    public InvalidArgumentError(string argument, string message) : base(message)
    {
        Code = "BAD_USER_INPUT";
        Data["argument"] = argument;
    }
}
