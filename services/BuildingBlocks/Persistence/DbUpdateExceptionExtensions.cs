using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Loyalty.BuildingBlocks.Persistence;

public static class DbUpdateExceptionExtensions
{
    /// <summary>
    /// True when the save failed on the unique constraint or index named <paramref name="constraintName"/>.
    /// </summary>
    public static bool IsUniqueViolation(this DbUpdateException exception, string constraintName) =>
        ((Exception)exception).IsUniqueViolation(constraintName);

    /// <summary>
    /// The same for a failure of a raw statement (a PostgresException itself) or of a save (wrapped).
    /// </summary>
    public static bool IsUniqueViolation(this Exception exception, string constraintName) =>
        (exception as PostgresException ?? exception.InnerException as PostgresException)
            is { SqlState: PostgresErrorCodes.UniqueViolation } postgres
        && string.Equals(postgres.ConstraintName, constraintName, StringComparison.Ordinal);
}
