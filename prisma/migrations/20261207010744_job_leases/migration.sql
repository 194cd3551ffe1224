-- AlterTable
ALTER TABLE "ResponseImport" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "leaseOwner" TEXT,
ADD COLUMN     "leaseToken" TEXT,
ADD COLUMN     "leaseUntil" TIMESTAMP(3),
ADD COLUMN     "startedById" TEXT;

-- AlterTable
ALTER TABLE "ExportJob" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "leaseOwner" TEXT,
ADD COLUMN     "leaseToken" TEXT,
ADD COLUMN     "leaseUntil" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "ResponseImport_status_leaseUntil_idx" ON "ResponseImport"("status", "leaseUntil");

-- CreateIndex
CREATE INDEX "ExportJob_status_leaseUntil_idx" ON "ExportJob"("status", "leaseUntil");
