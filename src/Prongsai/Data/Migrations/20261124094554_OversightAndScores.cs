using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Prongsai.Data.Migrations
{
    // Provider-neutral like Initial: no column types (decimal is TEXT on SQLite, numeric on PostgreSQL).
    /// <inheritdoc />
    public partial class OversightAndScores : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Province",
                table: "Agencies",
                
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "ScoreTarget",
                table: "Agencies",
                
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Scores",
                columns: table => new
                {
                    Id = table.Column<Guid>( nullable: false),
                    AgencyId = table.Column<Guid>( nullable: false),
                    FiscalYear = table.Column<int>( nullable: false),
                    Total = table.Column<decimal>( nullable: false),
                    Iit = table.Column<decimal>( nullable: true),
                    Eit = table.Column<decimal>( nullable: true),
                    Oit = table.Column<decimal>( nullable: true),
                    IndicatorScores = table.Column<string>( nullable: false),
                    Level = table.Column<string>( maxLength: 64, nullable: false),
                    RecordedAt = table.Column<DateTime>( nullable: false),
                    RecordedBy = table.Column<string>( maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Scores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Scores_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Measures_FiscalYear_AgencyId_Status_PeriodEnd_UpdatedAt",
                table: "Measures",
                columns: new[] { "FiscalYear", "AgencyId", "Status", "PeriodEnd", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Agencies_Type_Province",
                table: "Agencies",
                columns: new[] { "Type", "Province" });

            migrationBuilder.CreateIndex(
                name: "IX_Scores_AgencyId_FiscalYear",
                table: "Scores",
                columns: new[] { "AgencyId", "FiscalYear" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Scores");

            migrationBuilder.DropIndex(
                name: "IX_Measures_FiscalYear_AgencyId_Status_PeriodEnd_UpdatedAt",
                table: "Measures");

            migrationBuilder.DropIndex(
                name: "IX_Agencies_Type_Province",
                table: "Agencies");

            migrationBuilder.DropColumn(
                name: "Province",
                table: "Agencies");

            migrationBuilder.DropColumn(
                name: "ScoreTarget",
                table: "Agencies");
        }
    }
}
