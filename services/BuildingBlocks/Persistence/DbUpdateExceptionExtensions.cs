using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Loyalty.BuildingBlocks.Persistence;

public static class DbUpdateExceptionExtensions
{
    /// <summary>True when the save failed on the unique constraint or index named <paramref name="constraintName"/>.</summary>
    public static bool IsUniqueViolation(this DbUpdateException exception, string constraintName) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } postgres
        && string.Equals(postgres.ConstraintName, constraintName, StringComparison.Ordinal);
}
