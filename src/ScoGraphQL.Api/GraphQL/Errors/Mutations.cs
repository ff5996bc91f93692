using FluentValidation;
using GraphQL;
using ScoGraphQL.Extraction.Parsing;
using ScoGraphQL.Storage.Writing;

namespace ScoGraphQL.Api.GraphQL.Errors;

/// <summary>The common path of every mutation: read <c>input</c>, validate it, write, turn refusals into payload errors.</summary>
public static class Mutations
{
    /// <param name="unparsableField">Where a <see cref="ReleaseFormatException"/> points (the text the parser could not read).</param>
    public static async Task<object?> RunAsync<TInput, T>(
        IResolveFieldContext context, IValidator<TInput> validator, Func<TInput, CancellationToken, Task<T>> write, string unparsableField = "input")
    {
        var input = context.GetArgument<TInput>("input");
        // Every failure at once, and nothing written when there is any.
        var validation = await validator.ValidateAsync(input, context.CancellationToken);
        if (!validation.IsValid) return MutationPayload<T>.Failed(UserErrors.From(validation));
        try
        {
            return new MutationPayload<T>(await write(input, context.CancellationToken), []);
        }
        catch (CorpusWriteException refusal)
        {
            return MutationPayload<T>.Failed(UserErrors.From(refusal));
        }
        catch (ReleaseFormatException unreadable)
        {
            return MutationPayload<T>.Failed(new FieldError(unparsableField, unreadable.Message));
        }
    }
}
