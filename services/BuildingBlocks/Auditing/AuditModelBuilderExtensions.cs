using Microsoft.EntityFrameworkCore;

namespace Loyalty.BuildingBlocks.Auditing;

public static class AuditModelBuilderExtensions
{
    public const string Table = "audit_entries";

    /// <summary>
    /// Adds the audit trail's table to a service's own database. Its migration must also run
    /// <see cref="AuditSql.RefuseChanges"/>, which makes the table append-only.
    /// </summary>
    public static ModelBuilder AddAudit(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AuditEntry>(audit =>
        {
            audit.ToTable(Table);
            audit.HasKey(e => e.Id);
            audit.Property(e => e.Id).UseIdentityAlwaysColumn();
            audit.Property(e => e.ActorSubject).HasMaxLength(256);
            audit.Property(e => e.ActorRoles).HasMaxLength(256);
            audit.Property(e => e.ClientId).HasMaxLength(256);
            audit.Property(e => e.Entity).HasMaxLength(128);
            audit.Property(e => e.EntityId).HasMaxLength(256);
            audit.Property(e => e.Action).HasMaxLength(64);
            audit.Property(e => e.CorrelationId).HasMaxLength(128);
            audit.Property(e => e.ClientIp).HasMaxLength(64);
            audit.Property(e => e.Before).HasColumnType("jsonb");
            audit.Property(e => e.After).HasColumnType("jsonb");
            // The read endpoint's filters, newest first.
            audit.HasIndex(e => new { e.Entity, e.OccurredAt }, "ix_audit_entries_entity");
            audit.HasIndex(e => new { e.ActorSubject, e.OccurredAt }, "ix_audit_entries_actor");
            audit.HasIndex(e => e.OccurredAt, "ix_audit_entries_occurred_at");
        });

        return modelBuilder;
    }
}

/// <summary>What each service's audit migration runs beside the table EF creates.</summary>
public static class AuditSql
{
    /// <summary>
    /// A trigger that raises on UPDATE, DELETE and TRUNCATE of audit_entries, so not even the service's own login
    /// (nor a bug in it) can rewrite what was recorded.
    /// </summary>
    public const string RefuseChanges = """
        CREATE FUNCTION audit_entries_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'audit_entries is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
        END
        $$;
        CREATE TRIGGER audit_entries_refuse_update_delete BEFORE UPDATE OR DELETE ON audit_entries
            FOR EACH ROW EXECUTE FUNCTION audit_entries_refuse_change();
        CREATE TRIGGER audit_entries_refuse_truncate BEFORE TRUNCATE ON audit_entries
            FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_refuse_change();
        """;

    /// <summary>The migration's Down: the triggers and their function go before the table.</summary>
    public const string AllowChanges = """
        DROP TRIGGER IF EXISTS audit_entries_refuse_truncate ON audit_entries;
        DROP TRIGGER IF EXISTS audit_entries_refuse_update_delete ON audit_entries;
        DROP FUNCTION IF EXISTS audit_entries_refuse_change();
        """;
}
