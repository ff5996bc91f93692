using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using ScoGraphQL.Api.Countries;
using ScoGraphQL.Api.Documents;
using ScoGraphQL.Api.Events;
using ScoGraphQL.Api.GraphQL.Errors;
using ScoGraphQL.Api.Organizations;
using ScoGraphQL.Api.People;
using ScoGraphQL.Api.Places;
using ScoGraphQL.Api.Releases;
using ScoGraphQL.Api.Subscriptions;
using ScoGraphQL.Api.Topics;

namespace ScoGraphQL.Api.GraphQL;

public sealed class ScoSchema : Schema
{
    public ScoSchema(IServiceProvider services) : base(services)
    {
        Query = services.GetRequiredService<QueryType>();
        Subscription = services.GetRequiredService<SubscriptionType>();
        Mutation = services.GetRequiredService<MutationType>();
        // Types reachable only through the Node/Entity interfaces must be known to the schema.
        RegisterTypes(typeof(ReleaseType), typeof(PersonType), typeof(OrganizationType), typeof(CountryType),
            typeof(PlaceType), typeof(EventType), typeof(DocumentType), typeof(TopicType));
        // Reachable only through the UserError interface.
        RegisterTypes(typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(DuplicateReleaseErrorType));
    }
}
