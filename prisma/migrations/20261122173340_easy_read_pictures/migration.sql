-- CreateTable
CREATE TABLE "EasyReadPicture" (
    "id" TEXT NOT NULL,
    "consultationId" TEXT NOT NULL,
    "altText" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EasyReadPicture_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EasyReadPicture_storageKey_key" ON "EasyReadPicture"("storageKey");

-- CreateIndex
CREATE INDEX "EasyReadPicture_consultationId_createdAt_idx" ON "EasyReadPicture"("consultationId", "createdAt");

-- AddForeignKey
ALTER TABLE "EasyReadPicture" ADD CONSTRAINT "EasyReadPicture_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
