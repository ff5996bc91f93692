using System.Text.RegularExpressions;

namespace ScoGraphQL.Extraction.Parsing;

/// <summary>The site furniture the parser removes, as data: add a row to teach it a new kind.</summary>
internal static partial class BoilerplatePatterns
{
    public static IReadOnlyList<BoilerplatePattern> All { get; } =
    [
        new("byline", "CMS byline (timestamp, author, empty source/share fields)", BoilerplateScope.AnyLine, Byline()),
        new("comment-form", "comment form of the web page", BoilerplateScope.AnyLine, CommentForm()),
        new("contact-prompt", "contact prompt of the web page", BoilerplateScope.AnyLine, ContactPrompt()),
        new("cms-footer", "CMS or copyright footer", BoilerplateScope.AnyLine, CmsFooter()),
        new("share-widget", "share/print widget label", BoilerplateScope.AnyLine, ShareWidget()),
        new("media-caption", "caption of a video, audio or photo embed that is not part of the text", BoilerplateScope.TrailingParagraph, MediaCaption()),
    ];

    /// <summary>The first pattern of <paramref name="scope"/> matching all of <paramref name="text"/>, if any.</summary>
    public static (BoilerplatePattern Pattern, Match Match)? Match(string text, BoilerplateScope scope)
    {
        foreach (var pattern in All)
        {
            if (pattern.Scope != scope) continue;
            var match = pattern.Regex.Match(text);
            if (match.Success) return (pattern, match);
        }
        return null;
    }

    // Timestamp then a few short metadata tokens, no sentence: "2021-05-27 15:03:01 admin source: share:".
    [GeneratedRegex(@"^(?<ts>\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}(?::\d{2})?)(?:\s+[^\s.!?]{1,40}){0,8}$")]
    private static partial Regex Byline();

    [GeneratedRegex(@"^(?:Leave a (?:Reply|Comment)|Post a Comment|Add a Comment|Cancel reply|\d+ (?:Comments?|Responses?)|Your email address will not be published\..*|Required fields are marked \*|Save my name, email, and website in this browser for the next time I comment\.)$", RegexOptions.IgnoreCase)]
    private static partial Regex CommentForm();

    [GeneratedRegex(@"^(?:Call us|Contact us|Write to us|Email us)(?:\s*:?\s*[+\d()\s.-]*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ContactPrompt();

    [GeneratedRegex(@"^(?:Powered by\s+\S.*|(?:Copyright\s*)?(?:©|\(c\))\s*\d{4}.*|All rights reserved\.?)$", RegexOptions.IgnoreCase)]
    private static partial Regex CmsFooter();

    [GeneratedRegex(@"^(?:Share(?: this)?|Print|Tweet)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex ShareWidget();

    // No sentence punctuation: a caption, not a closing sentence that happens to start with "Video".
    [GeneratedRegex(@"^(?:Video|Audio|Photo|Photos|Watch)\b[^.!?]{0,160}$")]
    private static partial Regex MediaCaption();
}
