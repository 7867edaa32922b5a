package org.xieshang.domain.inmemory;

import org.xieshang.domain.testkit.ConsultationContract;
import org.xieshang.domain.testkit.ConsultationStorage;

class InMemoryConsultationStorageTest extends ConsultationContract {

    private final ConsultationStorage storage = ConsultationStorage.inMemory();

    @Override
    protected ConsultationStorage consultation() {
        return storage;
    }
}
