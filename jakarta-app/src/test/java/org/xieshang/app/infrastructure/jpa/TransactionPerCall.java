package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

/**
 * Wraps a storage port so that every call runs in its own resource-local transaction and leaves an empty
 * persistence context, as calls from separate requests would.
 */
final class TransactionPerCall {

    private TransactionPerCall() {
    }

    static <T> T wrap(Class<T> port, T target, EntityManager em) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.invoke(target, args);
            }
            em.getTransaction().begin();
            try {
                Object result = method.invoke(target, args);
                em.getTransaction().commit();
                return result;
            } catch (InvocationTargetException e) {
                throw e.getCause();
            } finally {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                em.clear();
            }
        }));
    }
}
