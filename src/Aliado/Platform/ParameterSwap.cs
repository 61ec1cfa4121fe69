using System.Linq.Expressions;

namespace Aliado.Platform;

/// <summary>Lets one projection reuse another's body (say <c>RelationshipDto.From</c>) so a page's read stays one statement.</summary>
public sealed class ParameterSwap(ParameterExpression from, Expression to) : ExpressionVisitor
{
    public static Expression Apply<TIn, TOut>(Expression<Func<TIn, TOut>> lambda, Expression to) =>
        new ParameterSwap(lambda.Parameters[0], to).Visit(lambda.Body);

    protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
}
