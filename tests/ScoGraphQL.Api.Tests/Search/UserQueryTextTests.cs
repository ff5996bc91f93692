using ScoGraphQL.Storage.Search;

namespace ScoGraphQL.Api.Tests.Search;

public sealed class UserQueryTextTests
{
    [Theory]
    [InlineData("C++", "C\\+\\+")]
    [InlineData("a/b", "a\\/b")]
    [InlineData("Hello!", "Hello\\!")]
    [InlineData("What is the SCO?", "What is the SCO\\?")]
    [InlineData("Note: summit", "Note\\: summit")]
    public void Escapes_punctuation_that_belongs_to_words(string typed, string prepared) =>
        Assert.Equal(prepared, UserQueryText.Prepare(typed));

    [Theory]
    [InlineData("+summit -Moscow !Tashkent")]
    [InlineData("title:summit body:(Moscow OR Beijing)")]
    [InlineData("\"Moscow Declaration\"~3 summ* organi?ation")]
    [InlineData("\"a/b: C++!\"")]
    [InlineData("already\\/escaped")]
    [InlineData("(summit) AND (meeting)")]
    public void Leaves_query_syntax_and_quoted_text_alone(string typed) =>
        Assert.Equal(typed, UserQueryText.Prepare(typed));
}
