using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Extraction.Tests.Extraction;

public sealed class ScoStatusHistoryTests
{
    [Theory]
    [InlineData("UZ", "2001-06-15", ScoStatus.Member)]
    [InlineData("IN", "2010-01-01", ScoStatus.Observer)]
    [InlineData("IN", "2017-06-09", ScoStatus.Member)]
    [InlineData("IR", "2023-07-03", ScoStatus.Observer)]
    [InlineData("IR", "2023-07-04", ScoStatus.Member)]
    [InlineData("BY", "2012-01-01", ScoStatus.DialoguePartner)]
    [InlineData("BY", "2020-11-10", ScoStatus.Observer)]
    [InlineData("BY", "2024-07-04", ScoStatus.Member)]
    [InlineData("TR", "2020-01-01", ScoStatus.DialoguePartner)]
    [InlineData("FR", "2020-01-01", ScoStatus.None)]
    [InlineData("AF", "2011-01-01", ScoStatus.None)]
    public void Status_follows_the_history_by_date(string iso, string date, ScoStatus expected) =>
        Assert.Equal(expected, ScoStatusHistory.On(iso, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
}
