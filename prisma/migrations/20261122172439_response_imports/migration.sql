-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('UPLOADED', 'CHECKED', 'IMPORTING', 'IMPORTED', 'FAILED', 'ROLLED_BACK');

-- AlterTable
ALTER TABLE "Response" ADD COLUMN     "importId" TEXT,
ADD COLUMN     "importRowHash" TEXT;

-- CreateTable
CREATE TABLE "ResponseImport" (
    "id" TEXT NOT NULL,
    "consultationId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "channel" "Channel" NOT NULL,
    "fileName" TEXT NOT NULL,
    "fileSha256" TEXT NOT NULL,
    "status" "ImportStatus" NOT NULL DEFAULT 'UPLOADED',
    "table" JSONB NOT NULL,
    "rowCount" INTEGER NOT NULL,
    "mapping" JSONB,
    "report" JSONB,
    "onlyValid" BOOLEAN NOT NULL DEFAULT true,
    "processedCount" INTEGER NOT NULL DEFAULT 0,
    "importedCount" INTEGER NOT NULL DEFAULT 0,
    "rejectedCount" INTEGER NOT NULL DEFAULT 0,
    "duplicateCount" INTEGER NOT NULL DEFAULT 0,
    "failure" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "importedAt" TIMESTAMP(3),
    "rolledBackAt" TIMESTAMP(3),

    CONSTRAINT "ResponseImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ResponseImport_consultationId_createdAt_idx" ON "ResponseImport"("consultationId", "createdAt");

-- CreateIndex
CREATE INDEX "Response_importId_idx" ON "Response"("importId");

-- CreateIndex
CREATE UNIQUE INDEX "Response_consultationId_importRowHash_key" ON "Response"("consultationId", "importRowHash");

-- AddForeignKey
ALTER TABLE "Response" ADD CONSTRAINT "Response_importId_fkey" FOREIGN KEY ("importId") REFERENCES "ResponseImport"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResponseImport" ADD CONSTRAINT "ResponseImport_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResponseImport" ADD CONSTRAINT "ResponseImport_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
