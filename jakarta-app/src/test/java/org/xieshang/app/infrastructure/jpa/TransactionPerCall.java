package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.function.Function;

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
            return inTransaction(em, target, method, args);
        }));
    }

    /**
     * Like {@link #wrap}, but every call gets an entity manager of its own, so that calls from several threads
     * really run concurrently, as requests do.
     */
    static <T> T wrapEach(Class<T> port, EntityManagerFactory emf, Function<EntityManager, T> adapter) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.invoke(adapter.apply(null), args);
            }
            EntityManager em = emf.createEntityManager();
            try {
                return inTransaction(em, adapter.apply(em), method, args);
            } finally {
                em.close();
            }
        }));
    }

    private static Object inTransaction(EntityManager em, Object target, Method method, Object[] args) throws Throwable {
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
    }
}
