using GraphQL.Types;
using ScoGraphQL.Extraction.Model;

namespace ScoGraphQL.Api.Events;

public sealed class DatePrecisionType : EnumerationGraphType<DatePrecision>
{
    public DatePrecisionType()
    {
        Name = "DatePrecision";
        Description = "How much of a date the text gives: 'in September 2021' is 2021-09-01 with MONTH.";
    }
}
