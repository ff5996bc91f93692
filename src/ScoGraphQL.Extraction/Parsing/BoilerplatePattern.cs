using System.Text.RegularExpressions;

namespace ScoGraphQL.Extraction.Parsing;

/// <summary>
/// One kind of site boilerplate. <see cref="Regex"/> must match the whole line or paragraph; a named group
/// <c>ts</c> (yyyy-MM-dd HH:mm[:ss]) makes the match a byline that dates the release.
/// </summary>
internal sealed record BoilerplatePattern(string Name, string Description, BoilerplateScope Scope, Regex Regex);
