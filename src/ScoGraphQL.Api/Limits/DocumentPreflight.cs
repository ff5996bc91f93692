using GraphQL;
using GraphQLParser;
using GraphQLParser.Exceptions;

namespace ScoGraphQL.Api.Limits;

/// <summary>
/// One lexer pass over the query text before anything parses it: counts tokens and the nesting of braces, and stops
/// at the first token over a limit. The parser and validator then only ever see documents of bounded size and depth,
/// so a 10 MB or a 10,000-deep document costs no more than reading it once.
/// </summary>
public static class DocumentPreflight
{
    /// <summary>
    /// Brace nesting allowed per level of field depth: selection sets nest once per level, and input object literals
    /// (<c>where: { body: { contains: … } }</c>) add a few more. The exact field depth is checked after parsing.
    /// </summary>
    private const int BracesPerLevel = 2;

    /// <returns>The rejection, or null when the text is within the limits (syntax errors are left to the parser).</returns>
    public static ExecutionError? Check(string query, LimitsOptions limits)
    {
        var source = new ROM(query.AsMemory());
        var maxBraces = limits.MaxDepth * BracesPerLevel;
        var tokens = 0;
        var braces = 0;
        var position = 0;
        try
        {
            while (true)
            {
                var token = Lexer.Lex(source, position);
                if (token.Kind == TokenKind.EOF) return null;
                if (++tokens > limits.MaxTokens)
                    return Error(LimitCodes.MaxTokensExceeded, $"The document has more than {limits.MaxTokens} tokens; the limit is {limits.MaxTokens}.");
                if (token.Kind == TokenKind.BRACE_L && ++braces > maxBraces)
                    return Error(LimitCodes.MaxDepthExceeded, $"The document nests braces more than {maxBraces} deep; the maximum field depth is {limits.MaxDepth}.");
                if (token.Kind == TokenKind.BRACE_R) braces--;
                position = token.End;
            }
        }
        catch (GraphQLSyntaxErrorException)
        {
            return null; // the executer reports the syntax error with its location
        }
    }

    private static ExecutionError Error(string code, string message) => new(message) { Code = code };
}
