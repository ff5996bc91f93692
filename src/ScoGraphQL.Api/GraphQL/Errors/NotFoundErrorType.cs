using GraphQL.Types;

namespace ScoGraphQL.Api.GraphQL.Errors;

public sealed class NotFoundErrorType : ObjectGraphType<NotFoundError>
{
    public NotFoundErrorType()
    {
        Name = "NotFoundError";
        UserErrorFields.AddTo(this);
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
    }
}
