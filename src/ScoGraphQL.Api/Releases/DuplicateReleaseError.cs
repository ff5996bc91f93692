using ScoGraphQL.Api.GraphQL.Errors;
using ScoGraphQL.Storage.Records;

namespace ScoGraphQL.Api.Releases;

public sealed record DuplicateReleaseError(ReleaseRecord Existing, string Message) : UserError(Message, UserErrorCodes.Duplicate);
