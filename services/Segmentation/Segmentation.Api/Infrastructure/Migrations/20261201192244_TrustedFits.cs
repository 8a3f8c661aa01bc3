using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Loyalty.Segmentation.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class TrustedFits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Accepted", table: "model_fits", type: "boolean", nullable: false, defaultValue: false);
            migrationBuilder.AddColumn<int>(
                name: "HeldOutWeeks", table: "model_fits", type: "integer", nullable: false, defaultValue: 0);
            migrationBuilder.AddColumn<string>(name: "Choice", table: "model_fits", type: "text", nullable: true);
            migrationBuilder.AddColumn<string>(
                name: "ChosenModel", table: "model_fits", type: "character varying(16)", maxLength: 16,
                nullable: true);
            migrationBuilder.AddColumn<string>(name: "Refusal", table: "model_fits", type: "text", nullable: true);
            migrationBuilder.AddColumn<string>(name: "Report", table: "model_fits", type: "jsonb", nullable: true);

            // Fits made before fits were assessed keep their estimates in the report, refused: nothing said how
            // certain they were (issue 22 found such a fit on the boundary, stored as converged), so no prediction
            // is written from them; the next nightly run refits.
            migrationBuilder.Sql("""
                UPDATE model_fits SET
                    "Refusal" = 'Fitted before fits were assessed (standard errors, boundary, held-out period): not used.',
                    "Report" = jsonb_build_object(
                        'purchaseModels', jsonb_build_array(jsonb_build_object(
                            'model', 'bg-nbd',
                            'fit', jsonb_build_object(
                                'parameters', jsonb_build_array(
                                    jsonb_build_object('name', 'r', 'value', "R", 'standardError', 'NaN',
                                        'lower95', 'NaN', 'upper95', 'NaN'),
                                    jsonb_build_object('name', 'alpha', 'value', "Alpha", 'standardError', 'NaN',
                                        'lower95', 'NaN', 'upper95', 'NaN'),
                                    jsonb_build_object('name', 'a', 'value', "A", 'standardError', 'NaN',
                                        'lower95', 'NaN', 'upper95', 'NaN'),
                                    jsonb_build_object('name', 'b', 'value', "B", 'standardError', 'NaN',
                                        'lower95', 'NaN', 'upper95', 'NaN')),
                                'logLikelihood', "BgNbdLogLikelihood", 'customers', "Customers",
                                'converged', "BgNbdConverged", 'iterations', "BgNbdIterations",
                                'gradientNorm', 'NaN', 'refusal', null),
                            'heldOut', jsonb_build_object(
                                'calibrationFit', jsonb_build_object('parameters', '[]'::jsonb,
                                    'logLikelihood', 'NaN', 'customers', 0, 'converged', false, 'iterations', 0,
                                    'gradientNorm', 'NaN', 'refusal', null),
                                'customers', 0, 'duration', 0, 'actualTotal', 0, 'predictedTotal', 'NaN',
                                'meanAbsoluteError', 'NaN', 'relativeTotalError', 'NaN',
                                'byFrequency', '[]'::jsonb),
                            'refusal', null)),
                        'spend', jsonb_build_object('fit', jsonb_build_object(
                            'parameters', CASE WHEN "P" IS NULL THEN '[]'::jsonb ELSE jsonb_build_array(
                                jsonb_build_object('name', 'p', 'value', "P", 'standardError', 'NaN',
                                    'lower95', 'NaN', 'upper95', 'NaN'),
                                jsonb_build_object('name', 'q', 'value', "Q", 'standardError', 'NaN',
                                    'lower95', 'NaN', 'upper95', 'NaN'),
                                jsonb_build_object('name', 'v', 'value', "V", 'standardError', 'NaN',
                                    'lower95', 'NaN', 'upper95', 'NaN')) END,
                            'logLikelihood', coalesce("GammaGammaLogLikelihood"::text, 'NaN'),
                            'customers', "ReturningCustomers",
                            'converged', coalesce("GammaGammaConverged", false),
                            'iterations', coalesce("GammaGammaIterations", 0),
                            'gradientNorm', 'NaN', 'refusal', null)));
                """);
            migrationBuilder.Sql("""ALTER TABLE model_fits ALTER COLUMN "Report" SET NOT NULL;""");

            foreach (var column in new[]
                {
                    "R", "Alpha", "A", "B", "BgNbdLogLikelihood", "BgNbdConverged", "BgNbdIterations", "P", "Q", "V",
                    "GammaGammaLogLikelihood", "GammaGammaConverged", "GammaGammaIterations",
                })
            {
                migrationBuilder.DropColumn(name: column, table: "model_fits");
            }

            migrationBuilder.AddColumn<long>(
                name: "PredictedFromFitId",
                table: "members",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_model_fits_accepted",
                table: "model_fits",
                column: "Id",
                filter: "\"Accepted\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_model_fits_accepted",
                table: "model_fits");

            migrationBuilder.DropColumn(
                name: "Choice",
                table: "model_fits");

            migrationBuilder.DropColumn(
                name: "ChosenModel",
                table: "model_fits");

            migrationBuilder.DropColumn(
                name: "Refusal",
                table: "model_fits");

            migrationBuilder.DropColumn(
                name: "Report",
                table: "model_fits");

            migrationBuilder.DropColumn(
                name: "PredictedFromFitId",
                table: "members");

            migrationBuilder.DropColumn(name: "HeldOutWeeks", table: "model_fits");
            migrationBuilder.DropColumn(name: "Accepted", table: "model_fits");
            migrationBuilder.AddColumn<int>(
                name: "BgNbdIterations", table: "model_fits", type: "integer", nullable: false, defaultValue: 0);
            migrationBuilder.AddColumn<bool>(
                name: "BgNbdConverged", table: "model_fits", type: "boolean", nullable: false, defaultValue: false);

            migrationBuilder.AddColumn<double>(
                name: "A",
                table: "model_fits",
                type: "double precision",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<double>(
                name: "Alpha",
                table: "model_fits",
                type: "double precision",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<double>(
                name: "B",
                table: "model_fits",
                type: "double precision",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<double>(
                name: "BgNbdLogLikelihood",
                table: "model_fits",
                type: "double precision",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<bool>(
                name: "GammaGammaConverged",
                table: "model_fits",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "GammaGammaIterations",
                table: "model_fits",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "GammaGammaLogLikelihood",
                table: "model_fits",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "P",
                table: "model_fits",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Q",
                table: "model_fits",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "R",
                table: "model_fits",
                type: "double precision",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<double>(
                name: "V",
                table: "model_fits",
                type: "double precision",
                nullable: true);
        }
    }
}
