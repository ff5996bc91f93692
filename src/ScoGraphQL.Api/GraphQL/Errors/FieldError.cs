namespace ScoGraphQL.Api.GraphQL.Errors;

/// <summary>Served as <c>ValidationError</c>: the input field at fault, as a path such as <c>input.alternateTitles[0].language</c>.</summary>
public sealed record FieldError(string Field, string Message, string Code = UserErrorCodes.Validation) : UserError(Message, Code);
